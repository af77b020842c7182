package com.chaindesk.knowledge;

/** What an article is for; a troubleshooting guide carries ordered steps with "did this fix it?" branches. */
public enum ArticleKind {
    FAQ,
    HOW_TO,
    TROUBLESHOOTING
}
