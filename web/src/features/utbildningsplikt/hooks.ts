import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listCovered, readQuality, utbildningspliktKeys } from './api.ts';

export const useCovered = (notEnrolled: boolean) =>
  useQuery({
    queryKey: utbildningspliktKeys.covered(notEnrolled),
    queryFn: () => listCovered(notEnrolled),
    placeholderData: keepPreviousData,
  });

export const useQuality = () => useQuery({ queryKey: utbildningspliktKeys.quality, queryFn: readQuality });
