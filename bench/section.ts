// The contract every benchmark section follows, so helpers can add a section by dropping a file into
// bench/sections/ without touching the runner.

export interface SectionResult {
  /** Heading of the section in bench/report.md. */
  title: string;
  /** The section's body in Markdown (tables, notes); the runner adds the heading. */
  markdown: string;
  /** Machine-readable figures, stored under the section's file name in bench/report.json. */
  json: unknown;
}

/** What a file in bench/sections/ exports. */
export type SectionModule = {
  run: () => Promise<SectionResult>;
};
