/**
 * Where a facility is: {@link org.ctpat4j.risk.location.XuarLocator} decides whether a facility is in the Xinjiang
 * Uyghur Autonomous Region from its region code, its address in any script and spelling and the bundled
 * {@link org.ctpat4j.risk.location.Gazetteer} of the region's prefectures, counties and XPCC cities, and explains what
 * it recognised.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are never null unless documented;
 * methods reject null with {@link NullPointerException}.
 */
package org.ctpat4j.risk.location;
