/** Implementation of the JSON format and of the dossier checks. Not exported; not API. */
package org.ctpat4j.core.json.internal;
