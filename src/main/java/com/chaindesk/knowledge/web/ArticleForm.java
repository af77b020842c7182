package com.chaindesk.knowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.chaindesk.knowledge.ArticleContent;
import com.chaindesk.knowledge.ArticleDetail;
import com.chaindesk.knowledge.ArticleDraft;
import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.GuideStep;

/**
 * The editor's form: the article's fields, tags as one comma-separated line, and guide steps as rows of an
 * instruction and an optional "if not fixed, go to step"; empty rows are left out.
 */
public class ArticleForm {

	private String chapter = "hq";
	private Long replaces;
	private ArticleKind kind = ArticleKind.FAQ;
	private String category;
	private String tags = "";
	private String language = "zh-CN";
	private String title = "";
	private String body = "";
	private List<StepRow> steps = new ArrayList<>();
	private Integer version;

	static ArticleForm of(ArticleDetail detail) {
		ArticleForm form = new ArticleForm();
		ArticleContent c = detail.content();
		form.chapter = detail.chapter();
		form.replaces = detail.replaces();
		form.kind = c.kind();
		form.category = c.category();
		form.tags = String.join(", ", c.tags());
		form.language = c.language();
		form.title = c.title();
		form.body = c.body();
		form.version = detail.version();
		for (GuideStep s : c.steps()) {
			form.steps.add(new StepRow(s.instruction(), s.nextIfNotFixed()));
		}
		return form;
	}

	ArticleDraft draft() {
		List<GuideStep> guide = new ArrayList<>();
		for (StepRow row : steps) {
			if (row != null && row.getInstruction() != null && !row.getInstruction().isBlank()) {
				guide.add(new GuideStep(guide.size() + 1, row.getInstruction().strip(), row.getNext()));
			}
		}
		List<String> tagList = Arrays.stream(tags == null ? new String[0] : tags.split("[,，、]"))
				.map(String::strip).filter(t -> !t.isEmpty()).toList();
		return new ArticleDraft(chapter, replaces, kind, category, tagList, language, title, body,
				kind == ArticleKind.TROUBLESHOOTING ? guide : List.of());
	}

	/** At least {@code blank} empty rows at the end, to write more steps. */
	void padSteps(int blank) {
		long empty = steps.stream().filter(r -> r.getInstruction() == null || r.getInstruction().isBlank()).count();
		for (long i = empty; i < blank; i++) {
			steps.add(new StepRow("", null));
		}
	}

	public static class StepRow {

		private String instruction;
		private Integer next;

		public StepRow() {
		}

		StepRow(String instruction, Integer next) {
			this.instruction = instruction;
			this.next = next;
		}

		public String getInstruction() {
			return instruction;
		}

		public void setInstruction(String instruction) {
			this.instruction = instruction;
		}

		public Integer getNext() {
			return next;
		}

		public void setNext(Integer next) {
			this.next = next;
		}
	}

	public String getChapter() {
		return chapter;
	}

	public void setChapter(String chapter) {
		this.chapter = chapter;
	}

	public Long getReplaces() {
		return replaces;
	}

	public void setReplaces(Long replaces) {
		this.replaces = replaces;
	}

	public ArticleKind getKind() {
		return kind;
	}

	public void setKind(ArticleKind kind) {
		this.kind = kind;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public List<StepRow> getSteps() {
		return steps;
	}

	public void setSteps(List<StepRow> steps) {
		this.steps = steps;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
