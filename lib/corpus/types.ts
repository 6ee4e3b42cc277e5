/** A sentence of a paragraph. `start` is its UTF-16 offset in `Paragraph.text`. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
}

export interface Paragraph {
  /** 0-based position within the speech. */
  index: number;
  text: string;
  sentences: Sentence[];
  /** True for short section headings (一、加强组织领导抓作风), which carry no sentence terminator. */
  heading?: boolean;
}

export interface Speech {
  /** Stable ascii kebab-case slug, used by citations. */
  id: string;
  title: string;
  issuer: string;
  issuerEn?: string;
  /** Position in its compilation's table of contents (1-based). */
  order: number;
  paragraphs: Paragraph[];
}

/** What a *.meta.yaml says about one speech of a compilation. */
export interface SpeechMeta {
  id: string;
  title: string;
  issuer: string;
  issuerEn?: string;
  order: number;
}

export interface CompilationMeta {
  /** Title of the compilation itself (informational). */
  compilation?: string;
  speeches: SpeechMeta[];
}
