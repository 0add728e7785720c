// Who is staff: a Teams user of the clinic's tenant whose Azure AD object id is listed in
// STAFF_AAD_IDS. Everyone else, on any channel, is a patient. Both must match: an object id alone
// could come from another tenant.
import type { Activity } from 'botbuilder';

export class StaffDirectory {
  private readonly ids: Set<string>;

  constructor(
    private readonly tenantId: string | undefined,
    aadIds: string[],
  ) {
    this.ids = new Set(aadIds.map((id) => id.toLowerCase()));
  }

  isStaff(activity: Partial<Activity>): boolean {
    if (activity.channelId !== 'msteams' || !this.tenantId || this.ids.size === 0) return false;
    const tenant = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
    const aad = activity.from?.aadObjectId;
    return typeof tenant === 'string' && tenant.toLowerCase() === this.tenantId.toLowerCase() && typeof aad === 'string' && this.ids.has(aad.toLowerCase());
  }

  get configured(): boolean {
    return Boolean(this.tenantId) && this.ids.size > 0;
  }
}
