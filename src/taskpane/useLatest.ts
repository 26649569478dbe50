import * as React from "react";

/**
 * A ref holding the value of the last committed render, for callbacks and effects that must read
 * the newest value without being made again. It is written in a layout effect (before any passive
 * effect of the same render runs), because React's rules forbid writing a ref during render.
 */
export function useLatest<T>(value: T): React.RefObject<T> {
  const ref = React.useRef(value);
  React.useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
