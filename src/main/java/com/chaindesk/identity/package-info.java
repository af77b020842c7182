/**
 * Who may sign in and what they may do: accounts, roles bound to a part of the chain, sign-in with an optional
 * second factor, sessions shared by every instance, and API tokens for integrations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package com.chaindesk.identity;
