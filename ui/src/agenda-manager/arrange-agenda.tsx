import { useEffect, useRef } from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaItemView, AgendaPersonView, MeetingSummaryView, UploadPaperView } from "@convenor/shared";
import type { ChoosablePerson } from "./agenda-people.js";
import { isCaseItem, sortedItems } from "./agenda-messages.js";
import { InviteesForm } from "./invitees-form.js";
import { MoveItemForm } from "./move-item-form.js";
import { PaperUpload } from "./paper-upload.js";
import { PresenterForm } from "./presenter-form.js";
import { SlotForm } from "./slot-form.js";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none", display: "grid", gap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  title: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    alignItems: "center",
  },
  moves: { display: "flex", gap: tokens.spacingHorizontalXS },
  papers: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ArrangeAgendaProps {
  items: AgendaItemView[];
  busy: boolean;
  onMove: (item: AgendaItemView, step: -1 | 1) => void;
  onSlot: (item: AgendaItemView, minutes: number | null) => void;
  /** The panel's other planned meetings an item may move to; none, no move offered. */
  moveTargets: MeetingSummaryView[];
  onMoveToMeeting: (item: AgendaItemView, to: MeetingSummaryView) => void;
  /** Whom an item may name as presenter or invitee; null while unknown (no people controls shown). */
  people: AgendaPersonView[] | null;
  onPresenter: (item: AgendaItemView, presenter: ChoosablePerson | null) => void;
  onInvitees: (
    item: AgendaItemView,
    invitees: ChoosablePerson[],
    change: { added: ChoosablePerson } | { removed: ChoosablePerson },
  ) => void;
  upload: (item: AgendaItemView, file: File) => Promise<UploadPaperView>;
  onFiled: (item: AgendaItemView, filed: UploadPaperView) => void;
}

/**
 * The agenda as the chair arranges it: each item with buttons to move it (keyboard and screen reader
 * friendly, no dragging), its time slot, its presenter, a move to another meeting, and for case items the people
 * invited to it alone, its papers and an upload.
 */
export function ArrangeAgenda(props: ArrangeAgendaProps) {
  const styles = useStyles();
  const items = sortedItems(props.items);
  const moveButtons = useRef(new Map<string, HTMLElement>());
  // The button that moved an item keeps the focus when the item lands in its new place.
  const focusAfterMove = useRef<string | null>(null);
  const order = items.map((item) => item.id).join(" ");
  useEffect(() => {
    if (!focusAfterMove.current) return;
    moveButtons.current.get(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  }, [order]);
  // An item moved to another meeting leaves with its controls: the focus goes to the list it left.
  const list = useRef<HTMLOListElement>(null);
  const leaving = useRef<string | null>(null);
  useEffect(() => {
    if (!leaving.current) return;
    if (!order.split(" ").includes(leaving.current)) list.current?.focus();
    leaving.current = null;
  }, [order]);

  if (items.length === 0) return <p>No items yet: build the agenda or add a topic.</p>;
  const move = (item: AgendaItemView, step: -1 | 1) => {
    focusAfterMove.current = `${item.id}:${step}`;
    props.onMove(item, step);
  };
  const moveButton = (item: AgendaItemView, index: number, step: -1 | 1) => (
    <Button
      size="small"
      ref={(element) => {
        if (element) moveButtons.current.set(`${item.id}:${step}`, element);
        else moveButtons.current.delete(`${item.id}:${step}`);
      }}
      disabledFocusable={props.busy || (step === -1 ? index === 0 : index === items.length - 1)}
      // The visible words first, then the item, so each button says what it moves.
      aria-label={`${step === -1 ? "Move up" : "Move down"}: ${item.title}`}
      onClick={() => move(item, step)}
    >
      {step === -1 ? "Move up" : "Move down"}
    </Button>
  );

  return (
    <ol ref={list} tabIndex={-1} className={styles.list} aria-label="Agenda items to arrange">
      {items.map((item, index) => (
        <li key={item.id} className={styles.item}>
          <div className={styles.head}>
            <span className={styles.title}>
              {index + 1}. {item.title}
            </span>
            <span className={styles.detail}>
              {[
                item.reference && item.reference !== item.title ? item.reference : null,
                item.slotMinutes ? `${item.slotMinutes} minutes` : "No time slot",
                item.presenter ? `Presenter: ${item.presenter.displayName}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </div>
          <div className={styles.controls}>
            <div className={styles.moves}>
              {moveButton(item, index, -1)}
              {moveButton(item, index, 1)}
            </div>
            <SlotForm
              key={`${item.id}:${item.slotMinutes ?? ""}`}
              item={item}
              busy={props.busy}
              onSave={(minutes) => props.onSlot(item, minutes)}
            />
            {props.people && (
              <PresenterForm
                key={`${item.id}:${item.presenter?.id ?? ""}`}
                item={item}
                people={props.people}
                busy={props.busy}
                onSave={(presenter) => props.onPresenter(item, presenter)}
              />
            )}
            <MoveItemForm
              item={item}
              targets={props.moveTargets}
              busy={props.busy}
              onMove={(to) => {
                leaving.current = item.id;
                props.onMoveToMeeting(item, to);
              }}
            />
          </div>
          {isCaseItem(item) && (
            <>
              {props.people && (
                <InviteesForm
                  item={item}
                  people={props.people}
                  busy={props.busy}
                  onChange={(invitees, change) => props.onInvitees(item, invitees, change)}
                />
              )}
              {item.papers.length > 0 && (
                <ul className={styles.papers} aria-label={`Papers of ${item.title}`}>
                  {item.papers.map((paper) => (
                    <li key={paper.id}>
                      {paper.name}{" "}
                      {paper.late && (
                        <Badge color="warning" appearance="tint">
                          Late
                        </Badge>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <PaperUpload
                item={item}
                upload={(file) => props.upload(item, file)}
                onFiled={(filed) => props.onFiled(item, filed)}
              />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
