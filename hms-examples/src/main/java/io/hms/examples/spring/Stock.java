package io.hms.examples.spring;

/**
 * The stock of an item.
 *
 * @param sku      the item
 * @param units    the units in stock
 * @param fallback whether the inventory could not be asked and this is the fallback's answer
 */
public record Stock(String sku, int units, boolean fallback) {
}
