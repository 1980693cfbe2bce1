package dev.dialtone.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro: fetches the writer schema by id (cached) and resolves
 * it against the generated class's schema when {@code specific.avro.reader=true}, so
 * consumers read older and newer writers alike.
 */
public class RegistryAvroDeserializer implements Deserializer<Object> {

	private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

	private SchemaRegistryClient registry;

	private boolean specificReader;

	@Override
	public void configure(Map<String, ?> configs, boolean isKey) {
		this.registry = RegistrySerdeConfig.client(configs);
		this.specificReader = RegistrySerdeConfig.flag(configs, RegistrySerdeConfig.SPECIFIC_READER, false);
	}

	@Override
	public Object deserialize(String topic, byte[] data) {
		if (data == null) {
			return null;
		}
		int id = WireFormat.schemaId(data, topic);
		DatumReader<Object> reader = readers.computeIfAbsent(id, this::readerFor);
		try {
			BinaryDecoder decoder = DecoderFactory.get()
				.binaryDecoder(data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null);
			return reader.read(null, decoder);
		}
		catch (IOException | RuntimeException ex) {
			throw new SerializationException("Could not read record with schema id " + id + " on " + topic, ex);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private DatumReader<Object> readerFor(int id) {
		Schema writer = registry.byId(id);
		if (!specificReader) {
			return new GenericDatumReader<>(writer);
		}
		SpecificData data = SpecificData.getForSchema(writer);
		Class<?> generated = data.getClass(writer);
		if (generated == null) {
			throw new SerializationException("No generated class for " + writer.getFullName()
					+ " on the classpath; set specific.avro.reader=false to read generic records");
		}
		Schema reader = data.getSchema(generated);
		return new SpecificDatumReader(writer, reader, data);
	}

}
