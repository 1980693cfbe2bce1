package dev.dialtone.zoom.simulator.phone;

import java.util.ArrayList;
import java.util.List;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.seed.Behaviour;
import dev.dialtone.zoom.simulator.seed.Behaviour.ErrorChoice;
import dev.dialtone.zoom.simulator.users.SimUser;

/**
 * What one batch entry claims for its user (extension, numbers, licences), so that a
 * rejected entry — or, without partial success, the whole batch — gives everything back.
 * Used under the user's lock.
 */
final class PhoneLineGrant {

	private final SimUser user;

	private final ExtensionRegistry extensions;

	private final Behaviour behaviour;

	private final List<PhoneNumber> numbers = new ArrayList<>();

	private final List<CallingPlanLedger.Plan> plans = new ArrayList<>();

	private String extension;

	private String previousExtension;

	private String previousExtensionId;

	private String previousSite;

	private boolean previousZoomPhone;

	private boolean committed;

	private String failedField = "email";

	PhoneLineGrant(SimUser user, ExtensionRegistry extensions, Behaviour behaviour) {
		this.user = user;
		this.extensions = extensions;
		this.behaviour = behaviour;
	}

	SimUser user() {
		return this.user;
	}

	String failedField() {
		return this.failedField;
	}

	void claimExtension(String wanted) {
		this.failedField = "extension_number";
		if (wanted.equals(this.user.extensionNumber())) {
			return;
		}
		if (!this.extensions.claim(wanted, this.user.id()).equals(this.user.id())) {
			ErrorChoice conflict = this.behaviour.extensionConflict();
			throw new ZoomApiException(conflict.status(), conflict.code(), conflict.message(wanted));
		}
		this.extension = wanted;
	}

	void claimNumber(PhoneNumber number) {
		this.failedField = "phone_numbers";
		if (this.user.numberIds().contains(number.id())) {
			return;
		}
		if (!number.claim(this.user.id()).equals(this.user.id())) {
			ErrorChoice conflict = this.behaviour.numberConflict();
			throw new ZoomApiException(conflict.status(), conflict.code(), conflict.message(number.number()));
		}
		this.numbers.add(number);
	}

	void takePlan(CallingPlanLedger.Plan plan) {
		this.failedField = "calling_plans";
		if (this.user.callingPlans().contains(plan.type()) || this.plans.contains(plan)) {
			return;
		}
		plan.take();
		this.plans.add(plan);
	}

	/** Makes the claims the user's: the user becomes a phone user in the site. */
	void commit(String siteId) {
		this.previousExtension = this.user.extensionNumber();
		this.previousExtensionId = this.user.extensionId();
		this.previousSite = this.user.siteId();
		this.previousZoomPhone = this.user.zoomPhone();
		if (this.extension != null) {
			this.extensions.release(this.previousExtension, this.user.id());
			this.user.setExtension(this.extension, "ext_" + this.user.id().substring(0, 8) + this.extension);
		}
		this.user.setSiteId(siteId);
		this.numbers.forEach((n) -> this.user.numberIds().add(n.id()));
		this.plans.forEach((p) -> this.user.callingPlans().add(p.type()));
		this.user.setZoomPhone(true);
		this.committed = true;
	}

	/** Gives back what was claimed (and, once committed, restores the user). */
	void undo() {
		synchronized (this.user) {
			if (this.committed) {
				this.numbers.forEach((n) -> this.user.numberIds().remove(n.id()));
				this.plans.forEach((p) -> this.user.callingPlans().remove(p.type()));
				this.user.setSiteId(this.previousSite);
				this.user.setZoomPhone(this.previousZoomPhone);
				if (this.extension != null) {
					this.user.setExtension(this.previousExtension, this.previousExtensionId);
					if (this.previousExtension != null) {
						this.extensions.claim(this.previousExtension, this.user.id());
					}
				}
				this.committed = false;
			}
			if (this.extension != null) {
				this.extensions.release(this.extension, this.user.id());
			}
			this.numbers.forEach((n) -> n.release(this.user.id()));
			this.plans.forEach(CallingPlanLedger.Plan::giveBack);
			this.numbers.clear();
			this.plans.clear();
			this.extension = null;
		}
	}

}
