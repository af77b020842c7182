package com.chaindesk.knowledge;

import com.chaindesk.platform.OrgScope;
import java.time.Instant;
import java.util.List;

/** Article views and helpful / not helpful votes cast from stores within {@code scope}, most viewed first. */
public interface KnowledgeFeedbackReport {

    List<ArticleHelpfulness> helpfulness(OrgScope scope, Instant from, Instant to, int limit);
}
