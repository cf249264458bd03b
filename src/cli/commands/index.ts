import type { Command } from "../command.ts";
import { dataCheck } from "./data-check.ts";

export const COMMANDS: readonly Command[] = [dataCheck];
