import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import { Page } from "../components/page.js";
import { RouteLink } from "../components/route-link.js";

export default function NotFoundView(): ReactNode {
  return (
    <Page title="Nothing here">
      <Text>
        This address does not name a view of Convenor.{" "}
        <RouteLink to={{ view: "home" }}>Go to what needs you</RouteLink>.
      </Text>
    </Page>
  );
}
