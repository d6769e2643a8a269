export type { PartnerGroup, PartnerListMessages } from './messages.js';
export {
  PartnerList,
  type PartnerListGrouping,
  type PartnerListLayout,
  type PartnerListProps,
} from './partner-list.js';
export type { PartnerEntry, PartnerInRole, PartnerOrganisation } from './partners.js';
