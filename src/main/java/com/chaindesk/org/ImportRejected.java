package com.chaindesk.org;

import java.util.List;

/** A file that was not imported at all, with every problem found on every line. */
public class ImportRejected extends RuntimeException {

	private final List<ImportProblem> problems;

	public ImportRejected(List<ImportProblem> problems) {
		super(problems.size() + " problem(s) in the file; nothing was imported");
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}
}
