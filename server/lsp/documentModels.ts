import { IncrementalModel } from '../engine/incremental/incrementalModel';

/**
 * The incremental model of each document this thread (a lint worker, or the main thread when lints
 * run there) linted lately, so the next version of the document rebuilds only what its edit touched
 * (engine/incremental/). A model is keyed by the document's URI for speed only: what it reuses is
 * found by content, so a model handed another text still builds that text's document exactly.
 * The few documents linted last are kept; the least recently linted is dropped beyond that, which
 * bounds the memory a workspace lint can take.
 */
const models = new Map<string, IncrementalModel>();

/** How many documents keep their model: the drafts a writer has open side by side. */
const KEPT = 8;

export function modelFor(uri: string): IncrementalModel {
  let model = models.get(uri);
  if (model) models.delete(uri);
  else model = new IncrementalModel();
  // Map order is insertion order: the document linted last goes to the end, the oldest is first.
  models.set(uri, model);
  if (models.size > KEPT) models.delete(models.keys().next().value!);
  return model;
}
