import type { Command } from "../command.ts";
import { dataCheck } from "./data-check.ts";
import { dataImportOfficial } from "./data-import-official.ts";
import { dataReportCommand } from "./data-report.ts";
import { dbMigrate, dbReset, dbSeed } from "./db.ts";
import { dbBackup, dbRestore } from "./db-backup.ts";
import { exportCommand, importCommand } from "./export-import.ts";
import { localitiesList } from "./localities-list.ts";
import { localitiesShow } from "./localities-show.ts";
import { match } from "./match.ts";
import { pair } from "./pair.ts";
import { proposalsList, proposalsShow } from "./proposals.ts";
import { relationsList } from "./relations-list.ts";
import { usersCreate, usersDisable, usersInvite, usersList, usersSetRole } from "./users.ts";

export const COMMANDS: readonly Command[] = [
  dataCheck,
  dataReportCommand,
  dataImportOfficial,
  dbMigrate,
  dbSeed,
  dbReset,
  dbBackup,
  dbRestore,
  localitiesList,
  localitiesShow,
  relationsList,
  match,
  pair,
  exportCommand,
  importCommand,
  usersCreate,
  usersInvite,
  usersList,
  usersDisable,
  usersSetRole,
  proposalsList,
  proposalsShow,
];
