/** Types for the parts of govuk-frontend 6.6 this app uses; the package ships none. */
declare module "govuk-frontend" {
  class Component {
    constructor(element: Element);
  }
  export class ErrorSummary extends Component {}
  export class NotificationBanner extends Component {}
  export class ServiceNavigation extends Component {}
  export class SkipLink extends Component {}
}
