import type { Model, RankTask } from "./model.js";

export const learnedDefaults: Partial<Record<RankTask, Model>> = {};
