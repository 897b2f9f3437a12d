// Path of the trained model inside the extension package (public/ maps to the package root).
export const NER_MODEL_PATH = '/models/ner-en.bin';
