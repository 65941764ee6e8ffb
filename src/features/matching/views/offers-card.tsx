import { Card } from '../../../core/ui/components/content.tsx';
import { OFFERS_PATH } from './paths.ts';

/** A card for a carer's home page: children waiting for the household's answer. */
export function OffersCard(props: { waiting: number }) {
  return (
    <Card title="Children who need a home" href={OFFERS_PATH}>
      <p>
        {props.waiting === 0
          ? 'Nothing is waiting for your answer.'
          : `${props.waiting} ${props.waiting === 1 ? 'child is' : 'children are'} waiting for your answer. Read about them and tell us whether you can help.`}
      </p>
    </Card>
  );
}
