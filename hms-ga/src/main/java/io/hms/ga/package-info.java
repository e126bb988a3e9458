/**
 * The optimizer agent (to come): policy genomes over each component's policy space, fitness by
 * deterministic replay of recorded call traces through the guard pipeline, and a memetic genetic
 * algorithm (Jenetics plus budgeted local search) whose winner is handed to the configurator as a
 * {@code PolicyPatch}, canaried, then promoted or rolled back. Runs on the cluster leader only.
 */
package io.hms.ga;
