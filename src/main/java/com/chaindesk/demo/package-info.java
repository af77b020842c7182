/**
 * The demo chain: loaded once, on the first start of an empty database, through the same services real data goes
 * through, so it never drifts from what the modules accept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo chain")
package com.chaindesk.demo;
