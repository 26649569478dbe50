/**
 * Set up before each test under mutation testing only (jest.stryker.config.js): the award matcher's
 * index and its per-text results are module caches, filled by the first test of a file that matches
 * a text. Stryker runs for each mutant only the tests that executed it (per-test coverage), so a
 * mutant in the index or in the matching would be credited to that first test alone, and one that
 * only a later test can notice would be reported as a survivor. Rebuilding the index before each
 * test (with the catalogue in use) makes every test execute the code it depends on. The answers
 * are the same: the caches only remember what the code computes.
 */
import { AWARDS } from "../../src/core/domain/awards/catalogue";
import { indexCatalogue } from "../../src/core/domain/awards/match";

beforeEach(() => indexCatalogue(AWARDS));
