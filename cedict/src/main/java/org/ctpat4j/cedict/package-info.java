/**
 * English glosses of Chinese words, derived from the CC-CEDICT dictionary (CC BY-SA 4.0): {@link
 * org.ctpat4j.cedict.CcCedict}.
 */
package org.ctpat4j.cedict;
