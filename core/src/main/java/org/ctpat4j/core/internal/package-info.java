/** Implementation helpers of the model. Not exported; not API. */
package org.ctpat4j.core.internal;
