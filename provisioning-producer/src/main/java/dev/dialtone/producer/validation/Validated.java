package dev.dialtone.producer.validation;

import java.util.List;

import dev.dialtone.contracts.IdentityEvent;

/**
 * Either a normalised event ready to publish, with the fingerprint of its content (what
 * the source sent, without the receipt time), or every problem found with the request.
 */
public record Validated(IdentityEvent event, List<FieldError> errors, String fingerprint) {

	public Validated(IdentityEvent event, List<FieldError> errors) {
		this(event, errors, null);
	}

	public boolean isValid() {
		return this.errors.isEmpty();
	}

}
