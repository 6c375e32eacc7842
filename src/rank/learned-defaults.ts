import type { LinearModel, RankTask } from "./model.js";

export const learnedDefaults: Partial<Record<RankTask, LinearModel>> = {};
