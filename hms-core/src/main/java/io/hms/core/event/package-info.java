/**
 * The in-process event bus through which agents talk: typed subscriptions, publication that never
 * waits on a subscriber, isolation of subscribers that throw, and a bounded history of recent events.
 */
package io.hms.core.event;
