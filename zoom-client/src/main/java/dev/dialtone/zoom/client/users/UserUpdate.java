package dev.dialtone.zoom.client.users;

/**
 * Body of {@code PATCH /users/{userId}}; null fields are left unchanged (not sent).
 *
 * @param firstName first name
 * @param lastName last name
 * @param displayName display name
 * @param dept department
 * @param jobTitle job title
 * @param type user type
 * @param zoomPhone {@code feature.zoom_phone}
 */
public record UserUpdate(String firstName, String lastName, String displayName, String dept, String jobTitle,
		Integer type, Boolean zoomPhone) {

	/**
	 * @return an update that changes nothing yet
	 */
	public static UserUpdate none() {
		return new UserUpdate(null, null, null, null, null, null, null);
	}

	public UserUpdate withNames(String first, String last) {
		return new UserUpdate(first, last, this.displayName, this.dept, this.jobTitle, this.type, this.zoomPhone);
	}

	public UserUpdate withDisplayName(String name) {
		return new UserUpdate(this.firstName, this.lastName, name, this.dept, this.jobTitle, this.type, this.zoomPhone);
	}

	public UserUpdate withDept(String department) {
		return new UserUpdate(this.firstName, this.lastName, this.displayName, department, this.jobTitle, this.type,
				this.zoomPhone);
	}

	public UserUpdate withJobTitle(String title) {
		return new UserUpdate(this.firstName, this.lastName, this.displayName, this.dept, title, this.type,
				this.zoomPhone);
	}

	public UserUpdate withType(int userType) {
		return new UserUpdate(this.firstName, this.lastName, this.displayName, this.dept, this.jobTitle, userType,
				this.zoomPhone);
	}

	public UserUpdate withZoomPhone(boolean enabled) {
		return new UserUpdate(this.firstName, this.lastName, this.displayName, this.dept, this.jobTitle, this.type,
				enabled);
	}

	/**
	 * @return whether any field is set
	 */
	public boolean isEmpty() {
		return this.firstName == null && this.lastName == null && this.displayName == null && this.dept == null
				&& this.jobTitle == null && this.type == null && this.zoomPhone == null;
	}

}
