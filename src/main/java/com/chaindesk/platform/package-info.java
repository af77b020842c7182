/**
 * The runtime every module stands on: the database (embedded or external), the web shell (layout, language,
 * problem details) and the shared value types that say who is acting and over which part of the chain.
 * Kept deliberately small: only what every module needs and no module owns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.chaindesk.platform;
