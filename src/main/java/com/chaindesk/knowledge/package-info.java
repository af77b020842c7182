/**
 * Knowledge stores solve their own problems with: FAQs, how-tos and troubleshooting guides in HQ, regional and store
 * chapters (a local chapter adds to or replaces an HQ article for its scope), versions, review and publishing,
 * feedback, and search over what a store's scope sees. Publishes {@link com.chaindesk.knowledge.ArticlePublished}
 * and {@link com.chaindesk.knowledge.ArticleRetired}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge", allowedDependencies = { "platform", "audit", "org", "config", "identity", "ticket" })
package com.chaindesk.knowledge;
