/**
 * Machinery of the searches: how a parameter range maps onto a gene ({@code GeneScale}) and a guard policy
 * onto parameter values ({@code GuardParameters}), the local searches of the memetic step (pattern search,
 * (1+1) evolution strategy, the sweep of small integer genes), the evaluation budget a run shares, and the
 * stream a run is. Not an API; may change without notice.
 */
package io.hms.ga.search.internal;
