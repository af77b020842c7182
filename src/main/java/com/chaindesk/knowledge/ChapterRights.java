package com.chaindesk.knowledge;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;

/**
 * Who writes and who reviews which chapter. Authors write in chapters inside their own scope: HQ admins, engineers
 * and service desk agents anywhere, region managers and trainers in their region and its stores, store managers in
 * their store. The reviewer of a chapter is the person responsible for that part of the chain: HQ admins and
 * engineers for HQ's chapter, the region manager for a region's chapter and its stores' chapters, the store manager
 * for the store's own; HQ admins may review any. Nobody approves their own submission (ChainDesk itself, loading
 * the demo, excepted), so every published text was read by a second person.
 */
public final class ChapterRights {

	private ChapterRights() {
	}

	public static boolean mayWrite(Actor actor, Chapter chapter) {
		if (!actor.hasAny(Role.HQ_ADMIN, Role.ENGINEER, Role.L1_AGENT, Role.REGION_MANAGER, Role.TRAINER,
				Role.STORE_MANAGER)) {
			return false;
		}
		return chapter.scope().within(actor.scope());
	}

	/** Whether the person may write anywhere at all (shows the writing pages). */
	public static boolean isAuthor(Actor actor) {
		return actor.hasAny(Role.HQ_ADMIN, Role.ENGINEER, Role.L1_AGENT, Role.REGION_MANAGER, Role.TRAINER,
				Role.STORE_MANAGER);
	}

	public static boolean mayReview(Actor actor, Chapter chapter) {
		OrgScope own = actor.scope();
		if (actor.has(Role.HQ_ADMIN) && own.isHq()) {
			return true;
		}
		if (chapter.isHq()) {
			return actor.has(Role.ENGINEER) && own.isHq();
		}
		if (actor.has(Role.REGION_MANAGER) && own.level() == OrgScope.Level.REGION) {
			return chapter.scope().within(own);
		}
		if (actor.has(Role.STORE_MANAGER) && own.level() == OrgScope.Level.STORE) {
			return chapter.scope().equals(own);
		}
		return false;
	}

	/** Whether the person reviews anything at all (shows the review queue). */
	public static boolean isReviewer(Actor actor) {
		return (actor.hasAny(Role.HQ_ADMIN, Role.ENGINEER) && actor.scope().isHq()) || actor.has(Role.REGION_MANAGER)
				|| actor.has(Role.STORE_MANAGER);
	}

	/** The four-eyes rule: the one who sent it for review does not approve it. */
	public static boolean secondPair(Actor actor, String submittedBy) {
		return actor == Actor.SYSTEM || actor.username().equals("system") || !actor.username().equals(submittedBy);
	}
}
