import type { ReactNode } from "react";
import { Link } from "@fluentui/react-components";
import { routeHref, type Route } from "../routing/routes.js";

/** A link to a view of the tab. */
export function RouteLink(props: { to: Route; children: ReactNode; current?: boolean }): ReactNode {
  return (
    <Link href={routeHref(props.to)} {...(props.current ? { "aria-current": "page" as const } : {})}>
      {props.children}
    </Link>
  );
}
