import type { ComponentChildren } from 'preact';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

type Question = { question: string; answer: ComponentChildren };

/** Short answers to what people thinking about fostering ask most. */
export function QuestionsPage({ context }: { context: PublicContext }) {
  const { terms } = context.page;
  const questions: Question[] = [
    {
      question: 'Can I foster if I go out to work?',
      answer: (
        <p>
          Often, yes. Many carers work part-time or from home. Some children need someone at home
          most of the day, so we talk with you about what would work for your family.
        </p>
      ),
    },
    {
      question: 'Do I need a spare bedroom?',
      answer: (
        <p>
          Yes. Every child needs a room of their own, where they can keep their things and feel
          safe. Brothers and sisters can sometimes share.
        </p>
      ),
    },
    {
      question: 'Can I foster if I am single, older, or rent my home?',
      answer: (
        <p>
          Yes. People foster whatever their age, relationship, gender, sexuality, faith or
          background, and whether they rent or own their home. What matters is the care you can
          give.
        </p>
      ),
    },
    {
      question: 'How long does it take to become a carer?',
      answer: (
        <p>
          Usually a few months. Once you apply, we aim to finish the assessment within eight months,
          and many people are approved sooner. See <a href="/fostering">the steps</a>.
        </p>
      ),
    },
    {
      question: 'Will I be paid?',
      answer: (
        <p>
          Yes. You receive an allowance for each child, to cover what they need, and a fee for your
          time and skill. We explain the amounts when we talk.
        </p>
      ),
    },
    {
      question: 'Do I get a say in which child comes to live with me?',
      answer: (
        <p>
          Yes. We tell you everything we know about a child before you decide, and you can say no. A
          good match is best for the child and for you.
        </p>
      ),
    },
    {
      question: 'Will the child still see their family?',
      answer: (
        <p>
          Usually, yes. Most children keep in touch with their family through {terms.familyTime},
          and many go home again. You help make that go well, with our support.
        </p>
      ),
    },
    {
      question: 'What if I have a criminal record or a health condition?',
      answer: (
        <p>
          It does not rule you out on its own. Tell us early, and we will talk it through honestly.
          Everyone has police checks and a health check, and we look at each person as a whole.
        </p>
      ),
    },
    {
      question: 'What happens when things get hard?',
      answer: (
        <p>
          You call us. Your {terms.supervisingSocialWorker} knows your family and will help you work
          out what to do. You will also meet other carers on our courses, who know what it is like.
        </p>
      ),
    },
  ];
  return (
    <PublicPage
      context={context}
      title="Your questions answered"
      description="Short, honest answers to the questions people ask most about fostering: work, bedrooms, money, training, support and more."
      path="/questions"
    >
      <p class="lead">
        If your question is not here, <a href="/get-in-touch">get in touch</a>. No question is too
        small.
      </p>
      {questions.map((item) => (
        <div key={item.question}>
          <h2>{item.question}</h2>
          {item.answer}
        </div>
      ))}
    </PublicPage>
  );
}
