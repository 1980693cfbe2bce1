package dev.dialtone.serde;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.platform.LocalPlatform;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryAvroSerdeTests {

	private final String url = LocalPlatform.shared().registryUrl();

	@Test
	void writesConfluentWireFormatMagicByteSchemaIdThenAvroBinary() throws Exception {
		IdentityEvent event = SampleEvents.hire("E100");
		byte[] bytes = serializer(Map.of()).serialize("wire-format", event);

		int registeredId = new SchemaRegistryClient(url, null).lookup("wire-format-value",
				IdentityEvent.getClassSchema());
		assertThat(bytes[0]).isZero();
		assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(registeredId);
		assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avroBinary(event));
	}

	@Test
	void readsBackTheSameSpecificRecord() {
		IdentityEvent event = SampleEvents.hire("E101");
		byte[] bytes = serializer(Map.of()).serialize("round-trip", event);
		assertThat(deserializer().deserialize("round-trip", bytes)).isEqualTo(event);
	}

	@Test
	void sameSchemaTwiceGetsTheSameId() {
		SchemaRegistryClient client = new SchemaRegistryClient(url, null);
		int first = client.register("same-id-value", IdentityEvent.getClassSchema());
		int again = new SchemaRegistryClient(url, null).register("same-id-value", IdentityEvent.getClassSchema());
		assertThat(again).isEqualTo(first);
	}

	@Test
	void withoutAutoRegistrationAnUnregisteredSubjectIsRefusedNamingIt() {
		RegistryAvroSerializer serializer = serializer(Map.of("auto.register.schemas", "false"));
		assertThatThrownBy(() -> serializer.serialize("never-registered", SampleEvents.hire("E102")))
			.isInstanceOf(SerializationException.class)
			.hasMessageContaining("never-registered-value");
	}

	@Test
	void withoutAutoRegistrationARegisteredSchemaIsUsed() {
		new SchemaRegistryClient(url, null).register("pre-registered-value", IdentityEvent.getClassSchema());
		byte[] bytes = serializer(Map.of("auto.register.schemas", "false")).serialize("pre-registered",
				SampleEvents.hire("E103"));
		assertThat(deserializer().deserialize("pre-registered", bytes)).isEqualTo(SampleEvents.hire("E103"));
	}

	@Test
	void registryRejectsABackwardIncompatibleSchema() {
		SchemaRegistryClient client = new SchemaRegistryClient(url, null);
		Schema v1 = SchemaBuilder.record("Thing")
			.namespace("dev.dialtone.test")
			.fields()
			.requiredString("a")
			.endRecord();
		Schema v2 = SchemaBuilder.record("Thing")
			.namespace("dev.dialtone.test")
			.fields()
			.requiredString("a")
			.requiredInt("b")
			.endRecord();
		client.register("incompatible-value", v1);
		assertThatThrownBy(() -> client.register("incompatible-value", v2))
			.isInstanceOfSatisfying(SchemaRegistryException.class, ex -> assertThat(ex.status()).isEqualTo(409));
	}

	@Test
	void olderWriterIsReadIntoTheCurrentClassWithDefaults() {
		Schema person = IdentityEvent.getClassSchema().getField("person").schema();
		Schema older = SchemaBuilder.record("IdentityEvent")
			.namespace("dev.dialtone.contracts")
			.fields()
			.requiredString("eventId")
			.name("eventType")
			.type(IdentityEvent.getClassSchema().getField("eventType").schema())
			.noDefault()
			.name("occurredAt")
			.type(IdentityEvent.getClassSchema().getField("occurredAt").schema())
			.noDefault()
			.requiredString("sourceSystem")
			.name("person")
			.type(person)
			.noDefault()
			.endRecord();
		IdentityEvent current = SampleEvents.hire("E104");
		GenericRecord old = new GenericData.Record(older);
		old.put("eventId", current.getEventId());
		old.put("eventType", new GenericData.EnumSymbol(older.getField("eventType").schema(), "HIRE"));
		old.put("occurredAt", current.getOccurredAt().toEpochMilli());
		old.put("sourceSystem", "workday");
		old.put("person", current.getPerson());

		byte[] bytes = serializer(Map.of()).serialize("older-writer", old);
		IdentityEvent read = (IdentityEvent) deserializer().deserialize("older-writer", bytes);

		assertThat(read.getDryRun()).isFalse();
		assertThat(read.getCorrelationId()).isNull();
		assertThat(read.getPerson().getEmployeeId()).isEqualTo("E104");
	}

	@Test
	void bytesNotWrittenByARegistrySerializerAreRefusedClearly() {
		assertThatThrownBy(() -> deserializer().deserialize("poison", "not avro".getBytes()))
			.isInstanceOf(SerializationException.class)
			.hasMessageContaining("magic byte");
	}

	@Test
	void nullStaysNullForTombstones() {
		assertThat(serializer(Map.of()).serialize("tombstones", null)).isNull();
		assertThat(deserializer().deserialize("tombstones", null)).isNull();
	}

	private RegistryAvroSerializer serializer(Map<String, String> extra) {
		RegistryAvroSerializer serializer = new RegistryAvroSerializer();
		var configs = new HashMap<String, Object>(extra);
		configs.put("schema.registry.url", url);
		serializer.configure(configs, false);
		return serializer;
	}

	private RegistryAvroDeserializer deserializer() {
		RegistryAvroDeserializer deserializer = new RegistryAvroDeserializer();
		deserializer.configure(Map.of("schema.registry.url", url, "specific.avro.reader", "true"), false);
		return deserializer;
	}

	private static byte[] avroBinary(IdentityEvent event) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
		new SpecificDatumWriter<>(IdentityEvent.class).write(event, encoder);
		encoder.flush();
		return out.toByteArray();
	}

}
