import { useEffect, useRef, type ReactNode } from "react";
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "72rem" },
  wide: { maxWidth: "none" },
  heading: { ...typographyStyles.title1, margin: 0, outlineStyle: "none" },
});

/**
 * A view: its one h1 (focused when the view opens, so a screen reader announces where the person went) and the
 * document title, then the content.
 */
export function Page(props: {
  title: string;
  children: ReactNode;
  /** As wide as the window, for a grid of months. */
  wide?: boolean;
}): ReactNode {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · Convenor`;
    heading.current?.focus({ preventScroll: false });
  }, [props.title]);
  return (
    <div className={mergeClasses(styles.page, props.wide && styles.wide)}>
      <h1 ref={heading} tabIndex={-1} className={styles.heading}>
        {props.title}
      </h1>
      {props.children}
    </div>
  );
}

const useSectionStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle1, margin: 0, outlineStyle: "none" },
});

/** A titled part of a view (h2), a region named by its heading; `focus` moves focus there when it appears. */
export function Section(props: {
  title: string;
  id: string;
  children: ReactNode;
  focus?: boolean;
}): ReactNode {
  const styles = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focus) heading.current?.focus();
  }, [props.focus]);
  return (
    <section aria-labelledby={props.id} className={styles.section}>
      <h2 id={props.id} ref={heading} tabIndex={props.focus ? -1 : undefined} className={styles.heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
