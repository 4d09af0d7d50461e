import { useState, type ReactNode } from "react";
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CinReviewList, CinReviewRow, Panel } from "@convenor/shared";
import { ApiError, formatDay, PanelPicker } from "@convenor/ui";
import { EarlyReviewForm } from "../components/early-review-form.js";
import { LoadState } from "../components/load-state.js";
import { Page, Section } from "../components/page.js";
import { ReviewOutcomeForm } from "../components/review-outcome-form.js";
import { RouteLink } from "../components/route-link.js";
import { StartPlanForm } from "../components/start-plan-form.js";
import { useLoad } from "../components/use-load.js";
import { routeHref } from "../routing/routes.js";
import { useTab } from "../tab-context.js";
import { TableCaption } from "../components/table-caption.js";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const roleLabel = {
  "practice-manager": "Practice Manager",
  "safeguarding-service-manager": "Safeguarding Service Manager",
} as const;

export const reviewsPanel = (panel: Panel): boolean => panel.preset === "cin-review";

/**
 * A Child in Need review panel's plans (`GET /api/panels/:panelId/reviews`): each child's next review, flagged
 * when overdue; members ask for early reviews, the chair and coordinator record outcomes; plans past twelve
 * months show their consultation tasks.
 */
export default function ReviewsView(props: { panelId: string | null }): ReactNode {
  const { convenor } = useTab();
  const panels = useLoad(() => convenor.panels(), "panels");
  const reviewPanels = panels.status === "ready" ? panels.value.filter(reviewsPanel) : [];
  const panelId = props.panelId ?? reviewPanels[0]?.id ?? null;
  return (
    <Page title="Child in Need reviews" wide>
      {reviewPanels.length > 1 && panelId && (
        <div style={{ maxWidth: "32rem" }}>
          <PanelPicker
            panels={reviewPanels.map((panel) => ({ id: panel.id, name: panel.name }))}
            value={panelId}
            onChange={(id) => (window.location.hash = routeHref({ view: "reviews", panelId: id }))}
          />
        </div>
      )}
      {panelId ? (
        <PanelReviews key={panelId} panelId={panelId} />
      ) : (
        <LoadState state={panels} what="your panels">
          {() => <Text>You are on no panel that reviews Child in Need plans.</Text>}
        </LoadState>
      )}
    </Page>
  );
}

type Open = { form: "outcome" | "early"; planId: string } | null;

function PanelReviews(props: { panelId: string }): ReactNode {
  const { convenor } = useTab();
  const [reloads, setReloads] = useState(0);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useLoad(() => convenor.cinReviews(props.panelId), `${props.panelId}/${reloads}`);
  if (list.status === "failed" && list.error instanceof ApiError && list.error.status === 404) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          You are not on this panel. Its chair, coordinator and members see its Child in Need plans.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
    setReloads((count) => count + 1);
  };
  return (
    <LoadState state={list} what="the reviews">
      {(value) => {
        const plan = open ? value.plans.find((p) => p.planId === open.planId) : undefined;
        return (
          <>
            {done && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{done}</MessageBarBody>
              </MessageBar>
            )}
            <ReviewTable
              list={value}
              onOpen={(next) => {
                setDone(null);
                setOpen(next);
              }}
            />
            {open && plan && open.form === "outcome" && (
              <Section
                title={`Record the review of ${plan.displayName} (${plan.reference})`}
                id="review-outcome"
                focus
              >
                <ReviewOutcomeForm
                  plan={plan}
                  today={value.today}
                  intervalMonths={value.reviewIntervalMonths}
                  send={(input) => convenor.recordReviewOutcome(input)}
                  onRecorded={(result) =>
                    finish(
                      result.circulatedTo > 0
                        ? `Review recorded. The amended plan was sent to ${result.circulatedTo} people named on it.`
                        : "Review recorded.",
                    )
                  }
                />
              </Section>
            )}
            {open && plan && open.form === "early" && (
              <Section
                title={`Early review for ${plan.displayName} (${plan.reference})`}
                id="early-review"
                focus
              >
                <EarlyReviewForm
                  send={(reason) => convenor.requestEarlyReview(plan.planId, reason)}
                  onRequested={(result) =>
                    finish(
                      result.existing
                        ? "An early review is already asked for: nothing new was added."
                        : result.request.meetingId
                          ? "Early review asked for: listed on the panel's next meeting."
                          : "Early review asked for: no meeting is planned yet, so it is listed on the next one.",
                    )
                  }
                />
              </Section>
            )}
            <ConsultationTasks plans={value.plans} />
            {value.canRecord && (
              <Section title="Put a plan under review" id="start-plan">
                <StartPlanForm
                  panelId={value.panelId}
                  today={value.today}
                  intervalMonths={value.reviewIntervalMonths}
                  send={(input) => convenor.startCinPlan(input)}
                  onStarted={(row) => finish(`${row.displayName}'s plan is under review (${row.reference}).`)}
                />
              </Section>
            )}
          </>
        );
      }}
    </LoadState>
  );
}

function ReviewTable(props: { list: CinReviewList; onOpen: (open: Open) => void }): ReactNode {
  const styles = useStyles();
  const { list } = props;
  const open = list.plans.filter((plan) => plan.state === "open");
  const overdue = open.filter((plan) => plan.overdue).length;
  if (list.plans.length === 0) return <Text>No Child in Need plan is under review on this panel yet.</Text>;
  return (
    <>
      <Text role="status">{`${open.length} open plans; ${overdue} with a review overdue. Reviews are at least every ${list.reviewIntervalMonths} months.`}</Text>
      <table className={styles.table}>
        <TableCaption>{`Child in Need plans of ${list.panelName}, on ${formatDay(list.today)}`}</TableCaption>
        <thead>
          <tr>
            {[
              "Child",
              "Plan started",
              "Last review",
              "Next review due",
              "Twelve months",
              "Early review",
              "Actions",
            ].map((title) => (
              <th key={title} scope="col" className={styles.cell}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.plans.map((plan) => (
            <tr key={plan.planId}>
              <th scope="row" className={styles.cell}>
                {plan.displayName}
                <br />
                <Text size={200}>{plan.reference}</Text>
              </th>
              <td className={styles.cell}>{formatDay(plan.startedOn)}</td>
              <td className={styles.cell}>
                {plan.lastReviewedOn ? formatDay(plan.lastReviewedOn) : "Not yet"}
              </td>
              <td className={styles.cell}>
                <NextReview plan={plan} />
              </td>
              <td className={styles.cell}>
                {plan.state !== "open"
                  ? "Plan ended"
                  : plan.longerSupport
                    ? "Longer support recorded"
                    : plan.pastTwelveMonths
                      ? "Past 12 months: consultation"
                      : "Within 12 months"}
              </td>
              <td className={styles.cell}>
                {plan.earlyReview ? (
                  plan.earlyReview.meetingId ? (
                    <RouteLink to={{ view: "meeting", meetingId: plan.earlyReview.meetingId }}>
                      Listed for the next meeting
                    </RouteLink>
                  ) : (
                    "Asked for: waiting for a meeting"
                  )
                ) : (
                  "None"
                )}
              </td>
              <td className={styles.cell}>
                {plan.state === "open" && (
                  <div className={styles.actions}>
                    {!plan.earlyReview && (
                      <Button
                        size="small"
                        aria-label={`Ask for an early review for ${plan.reference}`}
                        onClick={() => props.onOpen({ form: "early", planId: plan.planId })}
                      >
                        Early review
                      </Button>
                    )}
                    {list.canRecord && (
                      <Button
                        size="small"
                        aria-label={`Record the review of ${plan.reference}`}
                        onClick={() => props.onOpen({ form: "outcome", planId: plan.planId })}
                      >
                        Record review
                      </Button>
                    )}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function NextReview(props: { plan: CinReviewRow }): ReactNode {
  const { plan } = props;
  if (plan.state !== "open")
    return <>{plan.state === "closed" ? "Plan closed" : "Stepped up to child protection"}</>;
  return (
    <>
      {plan.nextReviewDue ? formatDay(plan.nextReviewDue) : "Not set"}{" "}
      {plan.overdue && (
        <Badge color="danger" appearance="filled">
          Overdue
        </Badge>
      )}
    </>
  );
}

function ConsultationTasks(props: { plans: CinReviewRow[] }): ReactNode {
  const styles = useStyles();
  const tasks = props.plans.flatMap((plan) => plan.consultations.map((task) => ({ plan, task })));
  return (
    <Section title="Consultation on plans past 12 months" id="consultations">
      <Text>
        A plan that runs past twelve months, and does not record the need for longer support, is discussed
        with the Practice Manager and the Safeguarding Service Manager (003 3.6).
      </Text>
      {tasks.length === 0 ? (
        <Text>No consultation is needed.</Text>
      ) : (
        <table className={styles.table}>
          <TableCaption>Consultation tasks</TableCaption>
          <thead>
            <tr>
              {["Child", "Asked of", "Role", "Since"].map((title) => (
                <th key={title} scope="col" className={styles.cell}>
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tasks.map(({ plan, task }) => (
              <tr key={task.id}>
                <th scope="row" className={styles.cell}>{`${plan.displayName} (${plan.reference})`}</th>
                <td className={styles.cell}>{task.person.name}</td>
                <td className={styles.cell}>{roleLabel[task.role]}</td>
                <td className={styles.cell}>{formatDay(task.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
