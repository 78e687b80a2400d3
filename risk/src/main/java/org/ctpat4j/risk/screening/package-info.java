/**
 * Entity screening: finding listed entities among supplier names across aliases, legal forms, word order, typos and
 * scripts, with explanations a compliance reviewer can read.
 */
package org.ctpat4j.risk.screening;
