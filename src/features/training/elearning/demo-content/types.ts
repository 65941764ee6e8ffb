// The shape of a demo module: its pages in Markdown and its questions with explanations.

/** A module as the demo writes it; `course` names a catalogue course by its title. */
export type DemoModule = {
  title: string;
  summary: string;
  course: { title: string; role: 'completes' | 'supplements' } | null;
  passMark: number;
  estimatedMinutes: number;
  pages: { title: string; body: string }[];
  questions: { prompt: string; options: string[]; correct: number; explanation: string }[];
};
