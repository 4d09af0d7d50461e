type Json = Record<string, unknown>;

function* walk(node: unknown): Generator<Json> {
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const element = node as Json;
  yield element;
  for (const key of ["body", "items", "actions", "card", "columns", "inlineAction"]) {
    if (key in element) yield* walk(element[key]);
  }
}

/** Every element and action in a card, ShowCards and containers included. */
export function elementsOf(card: unknown): Json[] {
  return [...walk(card)];
}

/** The `Action.Execute` with this verb (and, optionally, this data), as a client would find it. */
export function actionOf(card: unknown, verb: string, where: (data: Json) => boolean = () => true): Json {
  const action = elementsOf(card).find(
    (e) => e.type === "Action.Execute" && e.verb === verb && where(((e.data as Json).convenor as Json) ?? {}),
  );
  if (!action) throw new Error(`no ${verb} action on the card`);
  return action;
}

/** What Teams sends for a click: the action's data merged with the given input values. */
export function clickData(action: Json, inputs: Json = {}): Json {
  return { ...(action.data as Json), ...inputs };
}

export function inputsOf(card: unknown): Json[] {
  return elementsOf(card).filter((e) => typeof e.type === "string" && e.type.startsWith("Input."));
}

/** The text a person reads on a card: every TextBlock and fact. */
export function textOf(card: unknown): string {
  return elementsOf(card)
    .flatMap((e) => {
      if (e.type === "TextBlock") return [String(e.text)];
      if (e.type === "FactSet")
        return (e.facts as { title: string; value: string }[]).map((f) => `${f.title}: ${f.value}`);
      return [];
    })
    .join("\n");
}

/** A raw form as a card submits it: lists comma-joined, toggles "true"/"false". */
export function asCardInputs(form: Json): Record<string, string> {
  return Object.fromEntries(
    Object.entries(form).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? value.join(",")
        : typeof value === "boolean"
          ? String(value)
          : String(value as string),
    ]),
  );
}
