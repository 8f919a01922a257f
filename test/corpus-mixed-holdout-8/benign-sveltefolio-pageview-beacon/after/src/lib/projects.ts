export type Project = { name: string; url: string; blurb: string };

export const projects: Project[] = [
  { name: "Tidepool", url: "https://tidepool.ada-moreno.example", blurb: "offline-first tide tables" },
  { name: "Stitch", url: "https://stitch.ada-moreno.example", blurb: "a tiny design-token compiler" },
];
