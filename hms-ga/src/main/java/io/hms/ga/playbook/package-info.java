/**
 * Evolution of a component's repair playbook — the order of its repair functions and each one's timeout —
 * against the expected time to recover over its closed incidents.
 *
 * <pre>{@code
 * IncidentHistory history = IncidentHistory.of(context.incidents("inventory"));
 * EvolvedPlaybook best = PlaybookEvolver.of(history, List.of("flush-cache", "restart-pool", "failover"))
 *         .evolve(40);
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.hms.ga.playbook.IncidentHistory} learns from hms-api's
 *       {@link io.hms.api.optimize.IncidentRecord}s how often each failure occurs and how each repair step
 *       fares on it, and from that the expected time to recover under any playbook;</li>
 *   <li>{@link io.hms.ga.playbook.PlaybookEvolver} evolves the playbook (a random-key permutation plus
 *       timeouts, Jenetics) and answers with an {@link io.hms.ga.playbook.EvolvedPlaybook}.</li>
 * </ul>
 *
 * <p>Depends on hms-api and Jenetics only, on no other package of hms-ga.
 */
package io.hms.ga.playbook;
