/**
 * The monitor's anomaly detector: {@link io.hms.anomaly.RcfAnomalyDetectorProvider}, a thresholded Random Cut
 * Forest per component (Amazon's {@code randomcutforest-parkservices}), found by the runtime with
 * {@link java.util.ServiceLoader}.
 */
package io.hms.anomaly;
