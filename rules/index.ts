import type { Rule } from '../server/engine/types';
import budgetSpendingPeriod from './budget-spending-period';
import budgetEarmarking from './budget-earmarking';
import supportLowerEducated from './support-lower-educated';
import entitlementCommunication from './entitlement-communication';
import budgetAmount from './budget-amount';
import budgetConsistency from './budget-consistency';
import learningAccountTerms from './learning-account-terms';
import voucherTerms from './voucher-terms';
import subsidyConditions from './subsidy-conditions';
import budgetNeedsTime from './budget-needs-time';
import developmentDaysLapse from './development-days-lapse';
import developmentDaysSupport from './development-days-support';
import lummeltijdTerms from './lummeltijd-terms';
import combinationProjectTerms from './combination-project-terms';
import rotationPace from './rotation-pace';
import enrichmentAuthority from './enrichment-authority';
import taskChangeWorkload from './task-change-workload';
import meetingGroupSize from './meeting-group-size';
import workingGroupMandate from './working-group-mandate';
import participationConditions from './participation-conditions';
import jobCraftingOwnership from './job-crafting-ownership';
import articleReference from './article-reference';
import articleNumbering from './article-numbering';
import definedTermConsistency from './defined-term-consistency';
import amountFormat from './amount-format';

/** Every rule caolint knows, in catalogue order. */
export const allRules: readonly Rule[] = [
  budgetSpendingPeriod,
  budgetEarmarking,
  supportLowerEducated,
  entitlementCommunication,
  budgetAmount,
  budgetConsistency,
  learningAccountTerms,
  voucherTerms,
  subsidyConditions,
  budgetNeedsTime,
  developmentDaysLapse,
  developmentDaysSupport,
  lummeltijdTerms,
  combinationProjectTerms,
  rotationPace,
  enrichmentAuthority,
  taskChangeWorkload,
  meetingGroupSize,
  workingGroupMandate,
  participationConditions,
  jobCraftingOwnership,
  articleReference,
  articleNumbering,
  definedTermConsistency,
  amountFormat,
];
