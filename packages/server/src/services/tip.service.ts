import type { AdminUnitService } from './admin-unit.service.ts';
import type { ServiceDeps } from './service-deps.ts';
import { TipAlertService } from './tip-alert.service.ts';
import { TipCitizenService } from './tip-citizen.service.ts';
import { TipDeadlines, type DeadlineSource } from './tip-deadlines.ts';
import { TipInformantService } from './tip-informant.service.ts';
import { TipIntakeService } from './tip-intake.service.ts';
import { TipPortalPlaces } from './tip-portal-places.ts';
import { TipQueueService } from './tip-queue.service.ts';
import { TipRouting } from './tip-routing.ts';
import { TipWorkflowService } from './tip-workflow.service.ts';

// Tips, from receipt to decision (shared/DESIGN.md section 5.2), one service per purpose:
// - intake:     the portal (and Open311) and staff intake; routing; the intake register
// - workflow:   classification, routing, assignment, hand-over, procuracy notice, extensions,
//               suspension and resumption, decisions, messages and notes
// - queue:      the lists (mine, my unit, due soon, overdue, suspended, all) and one tip's detail
// - informants: revealing an identified informant, with a reason, audited
// - citizen:    the citizen's view with tracking code and secret, and their messages
// - alerts:     the deadline scan and the in-app alerts
// - places:     the portal's public commune picker and map look-up

export class TipService {
  readonly deadlines: TipDeadlines;
  readonly routing: TipRouting;
  readonly intake: TipIntakeService;
  readonly queue: TipQueueService;
  readonly workflow: TipWorkflowService;
  readonly informants: TipInformantService;
  readonly citizen: TipCitizenService;
  readonly alerts: TipAlertService;
  readonly places: TipPortalPlaces;

  constructor(deps: ServiceDeps, collaborators: { adminUnits: AdminUnitService; holidays: DeadlineSource }) {
    this.deadlines = new TipDeadlines(collaborators.holidays);
    this.routing = new TipRouting(deps, collaborators.adminUnits);
    this.intake = new TipIntakeService(deps, collaborators.adminUnits, this.routing, this.deadlines);
    this.queue = new TipQueueService(deps);
    this.workflow = new TipWorkflowService(deps, this.routing, this.deadlines, this.queue);
    this.informants = new TipInformantService(deps);
    this.citizen = new TipCitizenService(deps);
    this.alerts = new TipAlertService(deps);
    this.places = new TipPortalPlaces(deps, collaborators.adminUnits);
  }
}
