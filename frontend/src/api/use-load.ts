/** Loads data from the API for a page, with a reload function for after a 409. */
import { useContext, useEffect, useEffectEvent, useState } from "react";
import { AppContext } from "../app-context";
import { ApiError } from "./client";

export interface LoadState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  reload: () => void;
}

/**
 * Runs `load` when the page opens and again whenever `key` changes, `reload`
 * is called or the app asks every page to refresh its data.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): LoadState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const run = useEffectEvent(load);
  const dataVersion = useContext(AppContext)?.dataVersion ?? 0;

  useEffect(() => {
    let cancelled = false;
    run().then(
      (result) => {
        if (cancelled) return;
        setData(result);
        setError(undefined);
      },
      (problem: unknown) => {
        if (cancelled) return;
        setError(
          problem instanceof ApiError
            ? problem
            : new ApiError(
                0,
                "Sorry, there is a problem with the service. Try again later",
              ),
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, generation, dataVersion]);

  return { data, error, reload: () => setGeneration((value) => value + 1) };
}
