package dev.dialtone.producer.scim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed PATCH path such as {@code active}, {@code name.givenName},
 * {@code emails[type eq "work"].value} or
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}.
 *
 * @param schema the extension URN the attribute lives in, or null for the core schema
 * @param attribute the top-level attribute (within the extension, if any)
 * @param filterAttribute for a value filter, the attribute compared (e.g. {@code type})
 * @param filterValue for a value filter, the value it must equal (e.g. {@code work})
 * @param subAttribute the sub-attribute after the dot, or null
 */
record ScimPath(String schema, String attribute, String filterAttribute, String filterValue, String subAttribute) {

	private static final Pattern SIMPLE = Pattern.compile(
			"([A-Za-z0-9_$-]+)(?:\\[\\s*([A-Za-z0-9_$.-]+)\\s+eq\\s+\"?([^\"\\]]*)\"?\\s*\\])?(?:\\.([A-Za-z0-9_$-]+))?");

	static ScimPath parse(String path) {
		String schema = null;
		String rest = path.strip();
		for (String urn : ScimSchemas.EXTENSIONS) {
			if (rest.toLowerCase(Locale.ROOT).startsWith(urn.toLowerCase(Locale.ROOT))) {
				schema = urn;
				rest = rest.substring(urn.length());
				if (rest.isEmpty()) {
					return new ScimPath(schema, null, null, null, null);
				}
				rest = rest.substring(1);
				break;
			}
		}
		Matcher matcher = SIMPLE.matcher(rest);
		if (!matcher.matches()) {
			throw new ScimException(400, "invalidPath", "Unsupported PATCH path: " + path);
		}
		return new ScimPath(schema, matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4));
	}

	boolean isWholeExtension() {
		return this.attribute == null;
	}

	boolean hasFilter() {
		return this.filterAttribute != null;
	}

}
